#!/usr/bin/env bash
# The project's single test command: installs what a fresh machine lacks, then runs every check
# (formatting, lints, Rust tests and doctests, API docs, and the Kotlin/Swift/Python bindings tests).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
cargo --version
command -v cargo-nextest >/dev/null 2>&1 || cargo install --locked cargo-nextest
export PROPTEST_CASES="${PROPTEST_CASES:-128}"
# Property tests draw their cases from a fixed seed, so that every run gives the same verdict;
# PROPTEST_EXPLORE=1 draws them at random, to look for new failures.
if [ -z "${PROPTEST_EXPLORE:-}" ]; then
  export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261128}"
fi

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy --all-targets -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "Rust tests"
cargo nextest run --workspace --no-fail-fast
step "Rust doctests"
cargo test --workspace --doc
step "API documentation builds without warnings (cargo doc)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

if [ -f bindings/run-tests.sh ]; then
  step "bindings (Kotlin, Swift, Python)"
  bash bindings/run-tests.sh
fi

step "all checks passed"

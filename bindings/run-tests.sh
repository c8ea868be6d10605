#!/usr/bin/env bash
# Builds delaktig-ffi, generates its Kotlin, Swift and Python bindings with uniffi-bindgen
# (library mode) and tests them: Kotlin compiled with -Werror and run on the JVM, Python run,
# Swift (no toolchain here) syntax-checked with the tree-sitter grammar, C header compiled.
#
# Usage: bash bindings/run-tests.sh [kotlin] [python] [swift]   (no argument: all three)
# Installs what a fresh Debian machine lacks: libjna-java (apt), kotlin-compiler (npm, into
# $DELAKTIG_TOOLS_DIR, default bindings/.tools), tree-sitter + tree-sitter-swift (pip --target).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
TOOLS="${DELAKTIG_TOOLS_DIR:-$ROOT/bindings/.tools}"
KOTLIN_VERSION="${KOTLIN_VERSION:-2.3.21}"
TREE_SITTER_PINS=(tree-sitter==0.26.1 tree-sitter-swift==0.7.4)
JNA_JAR="${JNA_JAR:-/usr/share/java/jna.jar}"

LANGS=("$@")
[ ${#LANGS[@]} -eq 0 ] && LANGS=(kotlin python swift)
wants() { local l; for l in "${LANGS[@]}"; do [ "$l" = "$1" ] && return 0; done; return 1; }
for l in "${LANGS[@]}"; do
  case "$l" in kotlin | python | swift) ;; *) echo "unknown language '$l' (expected kotlin, python or swift)" >&2; exit 2 ;; esac
done

START=$SECONDS
step() { printf '\n--> [%3ss] %s\n' "$((SECONDS - START))" "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# ---------------------------------------------------------------- prerequisites
if wants kotlin; then
  step "prerequisites: Java, JNA, kotlinc"
  command -v java >/dev/null || { echo "java (17 or newer) is required for the Kotlin tests" >&2; exit 1; }
  if [ ! -f "$JNA_JAR" ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjna-java >/dev/null
  fi
  [ -f "$JNA_JAR" ] || { echo "JNA not found at $JNA_JAR" >&2; exit 1; }
  KOTLINC="${KOTLINC:-}"
  if [ -z "$KOTLINC" ]; then
    KOTLINC="$TOOLS/kotlin-$KOTLIN_VERSION/node_modules/kotlin-compiler/bin/kotlinc"
    if [ ! -x "$KOTLINC" ]; then
      mkdir -p "$TOOLS/kotlin-$KOTLIN_VERSION"
      npm install --silent --no-audit --no-fund --prefix "$TOOLS/kotlin-$KOTLIN_VERSION" "kotlin-compiler@$KOTLIN_VERSION"
      chmod +x "$TOOLS/kotlin-$KOTLIN_VERSION"/node_modules/kotlin-compiler/bin/*
    fi
  fi
  echo "kotlinc: $KOTLINC"
fi
if wants swift; then
  step "prerequisites: tree-sitter Swift grammar (Python)"
  PYLIB="$TOOLS/python"
  if ! PYTHONPATH="$PYLIB${PYTHONPATH:+:$PYTHONPATH}" python3 -c 'import tree_sitter, tree_sitter_swift' 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target "$PYLIB" "${TREE_SITTER_PINS[@]}"
  fi
fi

# ---------------------------------------------------------------- build + generate
step "build delaktig-ffi and uniffi-bindgen (target dir $TARGET_DIR)"
export CARGO_TARGET_DIR="$TARGET_DIR"
cargo build --quiet -p delaktig-ffi -p uniffi-bindgen
LIB="$TARGET_DIR/debug/libdelaktig_ffi.so"
BINDGEN="$TARGET_DIR/debug/uniffi-bindgen"
[ -f "$LIB" ] || { echo "expected the cdylib at $LIB" >&2; exit 1; }

generate() { # language out-dir
  rm -rf "$2" && mkdir -p "$2"
  "$BINDGEN" generate "$LIB" --language "$1" --out-dir "$2" --no-format >/dev/null
}

# ---------------------------------------------------------------- Python
if wants python; then
  step "Python: generate and run bindings/python/test_delaktig.py"
  PY_OUT=bindings/python/generated
  generate python "$PY_OUT"
  cp "$LIB" "$PY_OUT/"
  PYTHONPATH="$ROOT/$PY_OUT" python3 -X dev bindings/python/test_delaktig.py
fi

# ---------------------------------------------------------------- Kotlin
if wants kotlin; then
  step "Kotlin: generate, compile with -Werror, run bindings/kotlin/test"
  KT_OUT=bindings/kotlin/generated
  KT_BUILD=bindings/kotlin/build
  generate kotlin "$KT_OUT"
  rm -rf "$KT_BUILD" && mkdir -p "$KT_BUILD"
  mapfile -t KT_SOURCES < <(find "$KT_OUT" bindings/kotlin/test -name '*.kt' | sort)
  "$KOTLINC" -Werror -include-runtime -jvm-target 17 -classpath "$JNA_JAR" \
    -d "$KT_BUILD/delaktig-test.jar" "${KT_SOURCES[@]}"
  cp "$LIB" "$KT_BUILD/"
  java -ea -Djna.library.path="$ROOT/$KT_BUILD" -cp "$KT_BUILD/delaktig-test.jar:$JNA_JAR" \
    uniffi.delaktig.test.DelaktigTestKt
fi

# ---------------------------------------------------------------- Swift
if wants swift; then
  step "Swift: generate, compile the C header, parse every .swift file"
  SW_OUT=bindings/swift/generated
  generate swift "$SW_OUT"
  for h in "$SW_OUT"/*.h; do
    # _Nonnull/_Nullable are Clang's nullability qualifiers (what Swift reads); gcc lacks them.
    # Included twice from a translation unit, as an app's C/ObjC sources would.
    printf '#include "%s"\n#include "%s"\n' "$ROOT/$h" "$ROOT/$h" |
      gcc -fsyntax-only -Wall -Wextra -Werror -std=c11 \
        -D_Nonnull= -D_Nullable= -D_Null_unspecified= -x c -
    echo "compiled $h (gcc -fsyntax-only)"
  done
  grep -q 'header "DelaktigFFI.h"' "$SW_OUT/DelaktigFFI.modulemap" ||
    { echo "the modulemap does not name DelaktigFFI.h" >&2; exit 1; }
  mapfile -t SWIFT_FILES < <(find "$SW_OUT" bindings/swift/Tests -name '*.swift' | sort)
  SWIFT_FILES+=(bindings/swift/Package.swift)
  PYTHONPATH="$PYLIB${PYTHONPATH:+:$PYTHONPATH}" python3 bindings/swift/check/check_swift.py --self-test "${SWIFT_FILES[@]}"
fi

step "bindings passed: ${LANGS[*]}"

#!/usr/bin/env bash
# macOS only (needs Xcode): builds delaktig-ffi as a staticlib for iOS devices, the iOS
# simulator and the Mac, generates the Swift sources, and wraps the libraries with the C header
# and module map into build/DelaktigFFI.xcframework, which Package.swift uses.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
PROFILE="${PROFILE:-release}"
TARGETS=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)

rustup target add "${TARGETS[@]}"
for t in "${TARGETS[@]}"; do
  cargo build -p delaktig-ffi --profile "$PROFILE" --target "$t"
done
lib() { echo "$TARGET_DIR/$1/$PROFILE/libdelaktig_ffi.a"; }

# The Swift sources, header and module map, generated from the Mac library.
cargo build -p uniffi-bindgen
"$TARGET_DIR/debug/uniffi-bindgen" generate "$(lib aarch64-apple-darwin)" --language swift \
  --out-dir "$HERE/generated"

BUILD="$HERE/build"
rm -rf "$BUILD" && mkdir -p "$BUILD/headers" "$BUILD/ios-sim" "$BUILD/macos"
cp "$HERE/generated/DelaktigFFI.h" "$BUILD/headers/"
cp "$HERE/generated/DelaktigFFI.modulemap" "$BUILD/headers/module.modulemap"
# One library per platform: the simulator and the Mac each get a fat (arm64 + x86_64) one.
lipo -create "$(lib aarch64-apple-ios-sim)" "$(lib x86_64-apple-ios)" -output "$BUILD/ios-sim/libdelaktig_ffi.a"
lipo -create "$(lib aarch64-apple-darwin)" "$(lib x86_64-apple-darwin)" -output "$BUILD/macos/libdelaktig_ffi.a"
xcodebuild -create-xcframework \
  -library "$(lib aarch64-apple-ios)" -headers "$BUILD/headers" \
  -library "$BUILD/ios-sim/libdelaktig_ffi.a" -headers "$BUILD/headers" \
  -library "$BUILD/macos/libdelaktig_ffi.a" -headers "$BUILD/headers" \
  -output "$BUILD/DelaktigFFI.xcframework"
echo "built $BUILD/DelaktigFFI.xcframework; now: cd bindings/swift && swift test"

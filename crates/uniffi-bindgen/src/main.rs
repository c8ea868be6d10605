//! `cargo run -p uniffi-bindgen -- generate <lib> --language kotlin|swift|python --out-dir DIR`
fn main() {
    uniffi::uniffi_bindgen_main()
}

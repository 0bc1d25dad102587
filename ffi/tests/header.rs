//! The checked-in C header must be what cbindgen generates from the current source.

#[test]
fn header_is_up_to_date() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let config =
        cbindgen::Config::from_file(format!("{dir}/cbindgen.toml")).expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_crate(dir)
        .with_config(config)
        .generate()
        .expect("cbindgen parses the ffi crate")
        .write(&mut generated);
    let path = format!("{dir}/include/sphfield.h");
    if std::env::var_os("SPHFIELD_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write the header");
    }
    let current = std::fs::read(&path).unwrap_or_default();
    assert!(
        current == generated,
        "{path} is out of date: regenerate it with SPHFIELD_BLESS=1 cargo test -p sphfield-ffi --test header"
    );
}

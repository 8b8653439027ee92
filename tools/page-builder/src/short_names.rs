//! Short names for what the wasm imports from its glue.
//!
//! wasm-bindgen names each import after the function it calls and a hash
//! (`__wbg_append_7ab3…`), from a module named after the glue's file
//! (`./whatsapp-backup-helper_bg.js`), and every name stands twice: in the
//! wasm's import section and as a key of the glue's imports object. There
//! are almost 200; renamed `a`, `b`, … in both, the page is about 3 KB
//! smaller (brotli). The glue is matched as wasm-bindgen writes it: a name
//! found anywhere but once as such a key stops the build, so a change in
//! wasm-bindgen's glue cannot ship a page that fails to start.

use wasm_encoder::{EntityType, ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload, TypeRef};

/// The wasm and its glue with every import renamed.
pub struct Shortened {
    pub wasm: Vec<u8>,
    pub glue: String,
}

pub fn shorten(wasm: &[u8], glue: &str) -> Result<Shortened, String> {
    let invalid = |e: wasmparser::BinaryReaderError| format!("reading the staged wasm: {e}");
    let mut names = ShortNames::default();
    let mut module = Module::new();
    let mut glue = glue.to_owned();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(invalid)?;
        if let Payload::ImportSection(imports) = &payload {
            let mut renamed = ImportSection::new();
            for import in imports.clone().into_imports() {
                let import = import.map_err(invalid)?;
                let TypeRef::Func(ty) = import.ty else {
                    return Err(format!("the wasm imports {}, which is not a function", import.name));
                };
                let module_name = names.module(import.module, &mut glue)?;
                let name = names.next();
                rename_once(&mut glue, import.name, &name, |name| format!(" {name}: function("))?;
                renamed.import(&module_name, &name, EntityType::Function(ty));
            }
            module.section(&renamed);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection { id, data: &wasm[range] });
        }
    }
    Ok(Shortened { wasm: module.finish(), glue })
}

/// Hands out `a`…`z`, `A`…`Z`, then two letters and more, in turn; each
/// module imported from gets one of them too, the first time it is seen.
#[derive(Default)]
struct ShortNames {
    given: usize,
    modules: Vec<(String, String)>,
}

impl ShortNames {
    fn next(&mut self) -> String {
        const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let (mut left, mut name) = (self.given, Vec::new());
        loop {
            name.push(LETTERS[left % LETTERS.len()]);
            left /= LETTERS.len();
            if left == 0 {
                break;
            }
            left -= 1;
        }
        self.given += 1;
        name.into_iter().map(char::from).collect()
    }

    fn module(&mut self, long: &str, glue: &mut String) -> Result<String, String> {
        if let Some((_, short)) = self.modules.iter().find(|(name, _)| name == long) {
            return Ok(short.clone());
        }
        let short = self.next();
        rename_once(glue, long, &short, |name| format!("\"{name}\": "))?;
        self.modules.push((long.to_owned(), short.clone()));
        Ok(short)
    }
}

/// Renames `name` where the glue holds it as a `key`, which must be its
/// only place in the glue.
fn rename_once(
    glue: &mut String,
    name: &str,
    short: &str,
    key: impl Fn(&str) -> String,
) -> Result<(), String> {
    let long = key(name);
    match (glue.matches(&long).count(), glue.matches(name).count()) {
        (1, 1) => {
            *glue = glue.replacen(&long, &key(short), 1);
            Ok(())
        }
        (keys, all) => Err(format!(
            "the glue holds {long:?} {keys} times and {name:?} {all} times, not once: \
             has wasm-bindgen changed how it writes its imports?"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, ExportKind, ExportSection, Function, FunctionSection, TypeSection};

    const GLUE: &str = "const import0 = {\n    __wbg_log_1a2b: function(arg0) { console.log(arg0); },\n    \
        __wbg_now_3c4d: function() { return Date.now(); },\n};\nreturn { \"./page_bg.js\": import0 };";

    /// A module importing `log` and `now` from the glue, and calling `now`.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([wasm_encoder::ValType::I32], []);
        types.ty().function([], [wasm_encoder::ValType::F64]);
        let mut imports = ImportSection::new();
        imports.import("./page_bg.js", "__wbg_log_1a2b", EntityType::Function(0));
        imports.import("./page_bg.js", "__wbg_now_3c4d", EntityType::Function(1));
        let mut functions = FunctionSection::new();
        functions.function(1);
        let mut exports = ExportSection::new();
        exports.export("when", ExportKind::Func, 2);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instructions().call(1).end();
        code.function(&body);
        let mut module = Module::new();
        module.section(&types).section(&imports).section(&functions).section(&exports).section(&code);
        module.finish()
    }

    fn imports(wasm: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Ok(Payload::ImportSection(section)) = payload {
                for import in section.into_imports().flatten() {
                    found.push((import.module.to_owned(), import.name.to_owned()));
                }
            }
        }
        found
    }

    #[test]
    fn imports_get_short_names_in_the_wasm_and_the_glue_alike() {
        let shortened = shorten(&module(), GLUE).expect("shortens");
        assert_eq!(imports(&shortened.wasm), [("a".into(), "b".into()), ("a".into(), "c".into())]);
        wasmparser::Validator::new().validate_all(&shortened.wasm).expect("still a valid module");
        assert!(shortened.glue.contains(" b: function(arg0) { console.log(arg0); }"));
        assert!(shortened.glue.contains(" c: function() { return Date.now(); }"));
        assert!(shortened.glue.contains("{ \"a\": import0 }"));
        assert!(!shortened.glue.contains("__wbg_") && !shortened.glue.contains("page_bg"));
    }

    #[test]
    fn a_name_the_glue_uses_elsewhere_stops_the_build() {
        let glue = format!("{GLUE}\nimport0.__wbg_now_3c4d();");
        let error = shorten(&module(), &glue).err().expect("refuses");
        assert!(error.contains("\"__wbg_now_3c4d\" 2 times"), "{error}");
        let missing = GLUE.replace("__wbg_log_1a2b: function(arg0)", "__wbg_log_1a2b: (arg0) =>");
        assert!(shorten(&module(), &missing).is_err());
    }

    #[test]
    fn names_run_through_the_letters_then_grow() {
        let mut names = ShortNames::default();
        let given: Vec<String> = (0..=52 * 53).map(|_| names.next()).collect();
        assert_eq!([&given[0], &given[25], &given[26], &given[51]], ["a", "z", "A", "Z"]);
        assert_eq!([&given[52], &given[53], &given[52 * 53 - 1], &given[52 * 53]], ["aa", "ba", "ZZ", "aaa"]);
        let unique: std::collections::HashSet<_> = given.iter().collect();
        assert_eq!(unique.len(), given.len());
    }
}

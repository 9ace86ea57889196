//! Reading the attributes of HTML a user or a theme wrote, with
//! html5ever's tokenizer (the one ammonia uses): the links and ids of raw
//! HTML in Markdown, the ids of the theme's templates. baocao's own output
//! is never read back.

use std::cell::RefCell;

use html5ever::tokenizer::{
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
};

/// (element, attribute, value) of every start tag of an HTML text, names
/// in lower case, values with entities decoded; scripts and styles are
/// read as text, as browsers do (the theme reads its templates' ids
/// with it too).
pub fn attributes(html: &str) -> Vec<(String, String, String)> {
    struct Sink(RefCell<Vec<(String, String, String)>>);
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let TagToken(tag) = token else {
                return TokenSinkResult::Continue;
            };
            if tag.kind != StartTag {
                return TokenSinkResult::Continue;
            }
            let name = tag.name.to_string();
            let mut out = self.0.borrow_mut();
            for a in &tag.attrs {
                out.push((name.clone(), a.name.local.to_string(), a.value.to_string()));
            }
            use html5ever::tokenizer::states::RawKind;
            match name.as_str() {
                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                    TokenSinkResult::RawData(RawKind::Rawtext)
                }
                "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                _ => TokenSinkResult::Continue,
            }
        }
    }
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from_slice(html));
    let tok = Tokenizer::new(Sink(RefCell::new(Vec::new())), Default::default());
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_raw_html_attributes_with_entities() {
        let a = attributes(
            r#"<!-- <a href="/c"> --><a class=k href="/a?b=1&amp;c=2">a</a><IMG SRC='/i.png'><script>"<a href='/s'>"</script><h2 id="t&#7855;">"#,
        );
        let pick = |n: &str, k: &str| {
            a.iter()
                .filter(|(e, at, _)| e == n && at == k)
                .map(|(_, _, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(pick("a", "href"), ["/a?b=1&c=2"]);
        assert_eq!(pick("img", "src"), ["/i.png"]);
        assert_eq!(pick("h2", "id"), ["tắ"]);
    }
}

use super::*;

#[test]
fn first_paragraph_as_markdown() {
    assert_eq!(
        summary("<fullname>Amazon Kinesis</fullname> <p>Kinesis is a <b>managed</b> service.</p> <p>More.</p>")
            .as_deref(),
        Some("Kinesis is a **managed** service.")
    );
    assert_eq!(
        summary("<p>Use <code>StreamARN</code> or see <a href=\"https://docs.aws/x.html\">the guide</a> and <a>ListShards</a>.</p>")
            .as_deref(),
        Some("Use `StreamARN` or see [the guide](https://docs.aws/x.html) and `ListShards`.")
    );
    assert_eq!(
        summary("<p>Value &lt;= 5 &amp; [brackets] a_b</p>").as_deref(),
        Some("Value \\<= 5 & \\[brackets\\] a\\_b")
    );
    assert_eq!(
        summary("plain text, no tags").as_deref(),
        Some("plain text, no tags")
    );
    assert_eq!(summary("<p> </p>"), None);
    assert_eq!(summary(""), None);
    // Unclosed tags and stray brackets are text, never a panic.
    assert_eq!(summary("<p>a < b").as_deref(), Some("a \\< b"));
    assert_eq!(summary("<p><code>x").as_deref(), Some("`x`"));
}

#[test]
fn bare_urls_become_autolinks() {
    assert_eq!(
        summary("<p>If the URL is https://abcde.veo.endpoints.event.amazonaws.com, then x_y.</p>")
            .as_deref(),
        Some("If the URL is <https://abcde.veo.endpoints.event.amazonaws.com>, then x\\_y.")
    );
    assert_eq!(
        summary("<p>(see http://a.example/p_q). <code>https://in.code</code></p>").as_deref(),
        Some("(see <http://a.example/p_q>). `https://in.code`")
    );
    // Not a URL: no host, or inside a word.
    assert_eq!(
        summary("<p>https:// x-https://y</p>").as_deref(),
        Some("https:// x-https://y")
    );
}

#[test]
fn wraps_at_words() {
    let text = "one two three four five six seven eight nine ten eleven twelve thirteen";
    let got = lines(text, 0, 48);
    assert!(got.iter().all(|l| l.len() <= 44), "{got:?}");
    assert_eq!(got.join(" "), text);
}

//! botocore's HTML documentation as Markdown doc comments: the first paragraph, with
//! `<code>` as backticks, `<b>`/`<i>` as emphasis and `<a href>` kept as links.

#[cfg(test)]
mod tests;

/// The first paragraph of `html` as Markdown on one line, or `None` when it has no text.
pub fn summary(html: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = html;
    // Inside `<fullname>`: the service's title, not a sentence.
    let mut skip = false;
    let mut link: Option<Option<String>> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text(&mut out, rest, skip, link.is_some());
            break;
        };
        text(&mut out, &rest[..lt], skip, link.is_some());
        let Some(gt) = rest[lt..].find('>') else {
            text(&mut out, &rest[lt..], skip, link.is_some());
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "fullname" => skip = !closing,
            "p" | "ul" | "ol" | "li" | "note" | "important" | "br" | "dl" | "dt" | "dd" | "h1"
            | "h2" | "h3" | "h4" | "div" | "table" | "pre"
                if !out.trim().is_empty() =>
            {
                break;
            }
            "code" | "tt" if !skip => out.push('`'),
            "b" | "strong" if !skip => out.push_str("**"),
            "i" | "em" if !skip => out.push('*'),
            "a" if !skip => {
                if closing {
                    match link.take() {
                        Some(Some(href)) => out.push_str(&format!("]({href})")),
                        Some(None) => out.push('`'),
                        None => {}
                    }
                } else {
                    let href = attr(tag, "href");
                    out.push(if href.is_some() { '[' } else { '`' });
                    link = Some(href);
                }
            }
            _ => {}
        }
    }
    // Close what the paragraph left open, then tidy spacing.
    if let Some(href) = link {
        out.push_str(&href.map_or_else(|| "`".to_owned(), |h| format!("]({h})")));
    }
    if out.matches('`').count() % 2 == 1 {
        out.push('`');
    }
    let out = collapse(&out).replace("``", "").replace("****", "");
    let out = out.trim().to_owned();
    (!out.is_empty()).then_some(out)
}

/// Text between tags: entities decoded, Markdown and rustdoc specials escaped.
fn text(out: &mut String, s: &str, skip: bool, in_link: bool) {
    if skip {
        return;
    }
    let decoded = s
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let code = out.matches('`').count() % 2 == 1;
    let mut rest = decoded.as_str();
    // A bare URL in running text becomes an autolink (rustdoc warns on bare URLs), kept as is.
    while let Some((before, url, after)) = (!code && !in_link).then(|| bare_url(rest)).flatten() {
        escape(out, before, code, in_link);
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = after;
    }
    escape(out, rest, code, in_link);
}

/// Splits `s` around its first bare `http://` or `https://` URL that starts a word: the
/// URL ends at whitespace or a quote, less trailing punctuation.
fn bare_url(s: &str) -> Option<(&str, &str, &str)> {
    let start = s.match_indices("http").map(|(i, _)| i).find(|&i| {
        let tail = &s[i..];
        (tail.starts_with("http://") || tail.starts_with("https://"))
            && s[..i]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(')
    })?;
    let len = s[start..]
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`'))
        .unwrap_or(s.len() - start);
    let url = s[start..start + len].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
    (url.len() > "https://".len()).then(|| (&s[..start], url, &s[start + url.len()..]))
}

/// Plain text with Markdown and rustdoc specials escaped (none inside a code span).
fn escape(out: &mut String, decoded: &str, code: bool, in_link: bool) {
    for c in decoded.chars() {
        match c {
            '[' | ']' | '<' | '>' | '*' | '_' | '\\' if !code => {
                out.push('\\');
                out.push(c);
            }
            '`' if code => out.push('\''),
            '\n' | '\r' | '\t' => out.push(' '),
            c if in_link && c == '`' => out.push('\''),
            c => out.push(c),
        }
    }
}

/// Runs of whitespace as one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of `name="..."` in a tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))?;
    let rest = &tag[at + name.len() + 1..];
    let quote = rest.chars().next()?;
    let (value, _) = if quote == '"' || quote == '\'' {
        rest[1..].split_once(quote)?
    } else {
        (rest, "")
    };
    Some(value.replace(' ', "%20").replace(')', "%29"))
}

/// `text` as `///` lines of at most `width` columns (words are never split).
pub fn lines(text: &str, indent: usize, width: usize) -> Vec<String> {
    let room = width.saturating_sub(indent + 4).max(40);
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > room {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

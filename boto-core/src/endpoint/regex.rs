//! A small backtracking regular-expression matcher for the `regionRegex` patterns of a
//! partitions table (`^(us|eu|ap)\-\w+\-\d+$` and the like).
//!
//! It knows anchors, literals and escapes, `.`, `\d` `\w` `\s` (and their negations),
//! bracket classes with ranges, groups with alternation (`(...)`, `(?:...)`) and the
//! greedy quantifiers `*` `+` `?` `{n}` `{n,}` `{n,m}`. Anything else is a parse error,
//! so a pattern is either understood exactly or rejected.

use std::cell::Cell;

/// Inputs longer than this never match: region names are short, and the cap keeps the
/// backtracking's depth bounded.
const MAX_INPUT: usize = 256;
/// Repetition counts above this are rejected when parsing.
const MAX_REPEAT: u32 = 1000;
/// Matching steps allowed per input: a pattern that backtracks more (`(a*)*b`) gives up
/// and reports no match rather than running for ages.
const MAX_STEPS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Start,
    End,
    Class(Class),
    Group(Vec<Vec<Node>>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Class {
    ranges: Vec<(char, char)>,
    negated: bool,
}

impl Class {
    fn of(ranges: &[(char, char)], negated: bool) -> Class {
        Class {
            ranges: ranges.to_vec(),
            negated,
        }
    }
    fn matches(&self, c: char) -> bool {
        self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != self.negated
    }
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const SPACE: &[(char, char)] = &[('\t', '\r'), (' ', ' ')];

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Regex {
    /// One group holding the pattern's alternatives.
    root: [Node; 1],
}

impl Regex {
    /// Parses `pattern`; the error says what was not understood.
    pub(crate) fn new(pattern: &str) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { chars, pos: 0 };
        let alternatives = p.alternation()?;
        if p.pos != p.chars.len() {
            return Err(format!("unbalanced `)` at {}", p.pos));
        }
        Ok(Regex {
            root: [Node::Group(alternatives)],
        })
    }

    /// True when the pattern matches somewhere in `text` (anchors pin it with `^`/`$`).
    pub(crate) fn is_match(&self, text: &str) -> bool {
        if text.len() > MAX_INPUT {
            return false;
        }
        let text: Vec<char> = text.chars().collect();
        let m = Matcher {
            text: &text,
            steps: Cell::new(MAX_STEPS),
        };
        (0..=text.len()).any(|start| m.matches(&self.root, start, &mut |_| true))
    }
}

struct Matcher<'t> {
    text: &'t [char],
    steps: Cell<usize>,
}

impl Matcher<'_> {
    /// Matches `nodes` at `pos`, then hands the end position to `k`; backtracks while `k`
    /// says no, until the step budget runs out.
    fn matches(&self, nodes: &[Node], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        let steps = self.steps.get();
        if steps == 0 {
            return false;
        }
        self.steps.set(steps - 1);
        let Some((first, rest)) = nodes.split_first() else {
            return k(pos);
        };
        match first {
            Node::Start => pos == 0 && self.matches(rest, pos, k),
            Node::End => pos == self.text.len() && self.matches(rest, pos, k),
            Node::Class(class) => {
                self.text.get(pos).is_some_and(|&c| class.matches(c))
                    && self.matches(rest, pos + 1, k)
            }
            Node::Group(alternatives) => alternatives
                .iter()
                .any(|alt| self.matches(alt, pos, &mut |end| self.matches(rest, end, k))),
            Node::Repeat { node, min, max } => self.repeat(
                Repeat {
                    node,
                    min: *min,
                    max: *max,
                    rest,
                },
                0,
                pos,
                k,
            ),
        }
    }

    /// Greedy: one more repetition first (only if it consumes something), then the rest.
    fn repeat(
        &self,
        r: Repeat<'_>,
        count: u32,
        pos: usize,
        k: &mut dyn FnMut(usize) -> bool,
    ) -> bool {
        if r.max.is_none_or(|max| count < max)
            && self.matches(std::slice::from_ref(r.node), pos, &mut |end| {
                end != pos && self.repeat(r, count + 1, end, k)
            })
        {
            return true;
        }
        count >= r.min && self.matches(r.rest, pos, k)
    }
}

#[derive(Clone, Copy)]
struct Repeat<'n> {
    node: &'n Node,
    min: u32,
    max: Option<u32>,
    rest: &'n [Node],
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn alternation(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alternatives = vec![self.sequence()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            alternatives.push(self.sequence()?);
        }
        Ok(alternatives)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            nodes.push(self.quantified(atom)?);
        }
        Ok(nodes)
    }

    fn atom(&mut self) -> Result<Node, String> {
        let at = self.pos;
        match self.next() {
            Some('^') => Ok(Node::Start),
            Some('$') => Ok(Node::End),
            Some('.') => Ok(Node::Class(Class::of(&[('\n', '\n')], true))),
            Some('(') => {
                if self.peek() == Some('?') {
                    self.pos += 1;
                    if self.next() != Some(':') {
                        return Err(format!("unsupported group syntax at {at}"));
                    }
                }
                let alternatives = self.alternation()?;
                if self.next() != Some(')') {
                    return Err(format!("unclosed group at {at}"));
                }
                Ok(Node::Group(alternatives))
            }
            Some('[') => self.bracket().map(Node::Class),
            Some('\\') => self.escape(false).map(Node::Class),
            Some(c @ ('*' | '+' | '?' | '{' | '}' | ']')) => {
                Err(format!("unexpected `{c}` at {at}"))
            }
            Some(c) => Ok(Node::Class(Class::of(&[(c, c)], false))),
            None => Err("unexpected end of pattern".to_string()),
        }
    }

    /// After a `\`: a class escape, or an escaped punctuation character.
    fn escape(&mut self, in_bracket: bool) -> Result<Class, String> {
        let class = match self.next() {
            Some('d') => Class::of(DIGIT, false),
            Some('D') if !in_bracket => Class::of(DIGIT, true),
            Some('w') => Class::of(WORD, false),
            Some('W') if !in_bracket => Class::of(WORD, true),
            Some('s') => Class::of(SPACE, false),
            Some('S') if !in_bracket => Class::of(SPACE, true),
            Some(c) if c.is_ascii_punctuation() => Class::of(&[(c, c)], false),
            Some(c) => return Err(format!("unsupported escape `\\{c}`")),
            None => return Err("pattern ends in `\\`".to_string()),
        };
        Ok(class)
    }

    fn bracket(&mut self) -> Result<Class, String> {
        let negated = self.peek() == Some('^');
        if negated {
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.next().ok_or("unclosed `[`")?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let class = self.escape(true)?;
                if class.ranges.len() != 1 || class.ranges[0].0 != class.ranges[0].1 {
                    ranges.extend(class.ranges);
                    continue;
                }
                class.ranges[0].0
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let hi = match self.next() {
                    Some('\\') => {
                        let class = self.escape(true)?;
                        match class.ranges.as_slice() {
                            [(a, b)] if a == b => *a,
                            _ => return Err("a class escape cannot end a range".to_string()),
                        }
                    }
                    Some(h) => h,
                    None => return Err("unclosed `[`".to_string()),
                };
                if hi < lo {
                    return Err(format!("reversed range `{lo}-{hi}`"));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Class { ranges, negated })
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.pos += 1;
                let min = self.number()?;
                let max = if self.peek() == Some(',') {
                    self.pos += 1;
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return Err("unclosed `{`".to_string());
                }
                if max.is_some_and(|max| max < min) {
                    return Err("repetition with max below min".to_string());
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        if matches!(atom, Node::Start | Node::End) {
            return Err("an anchor cannot be repeated".to_string());
        }
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
            return Err(format!("unsupported quantifier at {}", self.pos));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    fn number(&mut self) -> Result<u32, String> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits: String = self.chars[start..self.pos].iter().collect();
        match digits.parse::<u32>() {
            Ok(n) if n <= MAX_REPEAT => Ok(n),
            _ => Err(format!("bad repetition count at {start}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Regex;

    fn is_match(pattern: &str, text: &str) -> bool {
        Regex::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn partition_patterns() {
        let aws = r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$";
        assert!(is_match(aws, "us-east-1"));
        assert!(is_match(aws, "ap-southeast-12"));
        assert!(!is_match(aws, "us-gov-west-1"));
        assert!(!is_match(aws, "cn-north-1"));
        assert!(!is_match(aws, "us-east-1a"));
        assert!(!is_match(aws, "xus-east-1"));
        assert!(!is_match(aws, "us-east-"));
        let eusc = r"^eusc\-(de)\-\w+\-\d+$";
        assert!(is_match(eusc, "eusc-de-east-1"));
        assert!(!is_match(eusc, "eusc-fr-east-1"));
    }

    #[test]
    fn classes_quantifiers_and_search() {
        assert!(is_match("b+c", "aabbbc"));
        assert!(!is_match("^b+c", "aabbbc"));
        assert!(is_match("^a[b-d]{2,3}$", "acbd"));
        assert!(!is_match("^a[b-d]{2,3}$", "abcdb"));
        assert!(is_match(r"^[^\d]x?$", "q"));
        assert!(!is_match(r"^[^\d]x?$", "5"));
        assert!(is_match("^(?:ab|a)b$", "ab"));
        assert!(is_match("^(a*)*$", "aaaa"));
        assert!(is_match("^.$", "é"));
    }

    #[test]
    fn unsupported_or_broken_patterns_are_errors() {
        for bad in [
            "(ab", "ab)", "[a-", "a**", "\\", "\\q", "*a", "a{3,1}", "(?=a)", "[z-a]",
        ] {
            assert!(Regex::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn catastrophic_backtracking_gives_up() {
        assert!(!is_match("^(a*)*b$", &"a".repeat(200)));
        assert!(is_match("^(a*)*b$", "aaab"));
    }

    #[test]
    fn long_input_never_matches() {
        assert!(!is_match(r"^\w+$", &"a".repeat(300)));
        assert!(is_match(r"^\w+$", &"a".repeat(200)));
    }
}

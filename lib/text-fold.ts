/**
 * Text as a reader compares it: typographic variants that do not change a word are the same
 * character (curly and straight quotes, dashes, no-break and other spaces), runs of white space
 * are one space. Used wherever two texts are said to be the same or different (version
 * comparison, "the earlier wording differs").
 */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Marks FTS5's snippet() puts around each match; control characters never occur in indexed policy text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

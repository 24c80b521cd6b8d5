/**
 * Characters a terminal acts on rather than prints: C0 controls other than newline and tab (ESC
 * starts the escape sequences that recolour, move the cursor or retitle the window), DEL, the C1
 * controls (U+0080-U+009F, CSI among them) and the bidirectional overrides and isolates that make
 * text read differently from what it is.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print to a terminal: each control character is shown as its \u escape instead, so
 * that a build's figures.csv (or any file quoted in a message) cannot drive the terminal.
 *
 * @example printable('\u001b[2Jx') // '\\u001b[2Jx'
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

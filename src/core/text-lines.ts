/**
 * The newline-terminated lines of `text`, one at a time, without their newline; the text after the last newline
 * (a torn line, or '') is not one of them. Read this way, a file of millions of empty lines is refused at its
 * first line instead of first becoming an array too large for the engine to hold (`split` aborts the process).
 */
export function* completeLines(text: string): Generator<string, void, undefined> {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
}

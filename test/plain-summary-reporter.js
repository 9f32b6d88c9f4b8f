/** Ends a jest run with the plain closing line CI tools read: `jest: N passed, N failed[, N skipped]`. */
export default class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\njest: ${line}\n`);
  }
}

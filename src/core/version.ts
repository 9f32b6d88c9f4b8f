/** The tool version recorded in every run's metadata; a test keeps it equal to package.json's. */
export const TOOL_NAME = 'awo-action';
export const TOOL_VERSION = '1.0.0';

// The widget as an ES module: `import AssayFeedback from ".../static/assay/widget.mjs"`.
// It runs widget.js once (no build step) and re-exports its API; a module has no
// document.currentScript, so the script-tag data- attributes do nothing here.
import "./widget.js";

const AssayFeedback = globalThis.AssayFeedback;
export const { init, attach, share, flush } = AssayFeedback;
export default AssayFeedback;

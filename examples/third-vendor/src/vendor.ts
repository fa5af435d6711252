/** The vendor name every Quillpad error carries. */
export const VENDOR = "quillpad";

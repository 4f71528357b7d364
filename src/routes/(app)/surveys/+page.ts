// The list has nothing to do in the browser.
export const csr = false;

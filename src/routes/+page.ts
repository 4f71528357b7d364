// The home page has nothing to do in the browser: no script.
export const csr = false;

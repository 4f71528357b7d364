// A participant's tests and questionnaires ship no JavaScript: light on a phone and a slow link.
export const csr = false;

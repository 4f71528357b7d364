// Respondents' pages ship no JavaScript: light on a phone and a slow link, and their forms need none.
export const csr = false;

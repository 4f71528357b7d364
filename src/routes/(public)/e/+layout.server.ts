// The public event pages ship no JavaScript: light on a slow link, and their forms need none.
export const csr = false;

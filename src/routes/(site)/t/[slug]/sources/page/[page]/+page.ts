// A page of sources is plain HTML: nothing on it needs JavaScript, and without hydration its
// sources are not sent a second time as data.
export const csr = false;

// A page of the list is plain HTML: nothing on it needs JavaScript, and without hydration its
// events are not sent a second time as data.
export const csr = false;

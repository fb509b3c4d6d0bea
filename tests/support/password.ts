/** The password of every user the tests make. */
export const testPassword = 'correct horse battery staple';

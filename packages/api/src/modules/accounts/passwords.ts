import { userError, type UserError } from '../../graphql/user-errors.ts';

// What a new password must be, after NIST SP 800-63B §5.1.1.2: long enough, and not one that lists of
// breached passwords are full of. No rules of composition: length is what makes a password hard to guess.

export const minPasswordLength = 10;
/** scrypt hashes any length; this only bounds the work a request can ask for */
export const maxPasswordLength = 1024;

/**
 * The most common passwords of 10 characters or more in public breach lists (SecLists' 10-million list,
 * Have I Been Pwned's top counts) and their Vietnamese counterparts; compared without case.
 */
const commonPasswords = new Set([
  '1234567890', '0123456789', '0987654321', '9876543210', '1111111111', '0000000000', '1234512345', '1122334455',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'asdfghjkl1',
  '1qaz2wsx3edc', 'zaq12wsxcde3', 'qazwsxedcrfv', 'abcdefghij', 'abc1234567', 'abcd123456', 'a123456789', '123456789a',
  '12345678910', '123456789q', 'password12', 'password123', 'password1234', 'password1!', 'passw0rd123', 'iloveyou12',
  'iloveyou123', 'princess123', 'sunshine123', 'football123', 'baseball123', 'welcome123', 'welcome1234', 'letmein123',
  'monkey12345', 'dragon12345', 'trustno1234', 'superman123', 'computer123', 'internet123', 'administrator', 'admin12345',
  'admin123456', 'changeme123', 'myspace123', 'starwars123', 'whatever123', 'michael123', 'jennifer123', '1234qwer!@#$',
  'matkhau123', 'matkhau1234', 'matkhaumoi', 'anhyeuem123', 'anhyeuem1234', 'emyeuanh123', 'vietnam123', 'vietnam1234',
  'hanoi12345', 'saigon12345', 'maytinh123', 'xinchao123', 'mayviet123', 'mayviet2026',
]);

/** Checks a new password; the errors name `field`. */
export function checkNewPassword(password: string, field: string[], errors: UserError[]): void {
  const length = [...password].length;
  if (length < minPasswordLength) {
    errors.push(userError(field, 'WEAK_PASSWORD', `The password must have at least ${minPasswordLength} characters.`));
  } else if (length > maxPasswordLength) {
    errors.push(userError(field, 'TOO_LONG', `The password is longer than ${maxPasswordLength} characters.`));
  } else if (commonPasswords.has(password.toLowerCase()) || new Set(password).size === 1) {
    errors.push(userError(field, 'WEAK_PASSWORD', 'This password is among the most common ones, which are tried first; choose another.'));
  }
}

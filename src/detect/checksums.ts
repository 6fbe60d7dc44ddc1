/** Check digits that tell a real number from a random one. Digits-only strings in, booleans out. */

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ABA routing transit number: weights 3-7-1, sum divisible by 10. */
export function abaValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const d = (i: number): number => digits.charCodeAt(i) - 48;
  const sum = 3 * (d(0) + d(3) + d(6)) + 7 * (d(1) + d(4) + d(7)) + (d(2) + d(5) + d(8));
  if (sum === 0 || sum % 10 !== 0) return false;
  // Federal Reserve routing symbols: 00-12 (government 00 aside), 21-32 thrifts, 61-72 electronic, 80 traveller's cheques.
  const prefix = d(0) * 10 + d(1);
  return (prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

export function allSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

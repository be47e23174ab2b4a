// Phone number helpers shared by the apps.
const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

export function toE164(raw: string, defaultCountryCode = "1"): string {
  const digits = raw.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.length === 10) return `+${defaultCountryCode}${digits}`;
  return `+${digits}`;
}

export function maskNumber(number: string): string {
  return number.length > 4 ? `${"*".repeat(number.length - 4)}${number.slice(-4)}` : number;
}

export function clientIdentity(value: string): string {
  return value.startsWith("client:") ? value.slice("client:".length) : value;
}

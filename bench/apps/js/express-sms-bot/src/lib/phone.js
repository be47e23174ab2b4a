function normalize(number) {
  const digits = String(number).replace(/[^\d]/g, "");
  return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}

function mask(number) {
  return number.replace(/\d(?=\d{4})/g, "•");
}

module.exports = { normalize, mask };

/**
 * The Tillcard word mark printed at the top of a receipt when the printer settings ask for it:
 * assets/logo.png (200 × 36, black on white), base64-encoded as receiptline's `{i:…}` takes it.
 * A test checks it matches the file, so the two never drift apart.
 */
export const RECEIPT_LOGO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAMgAAAAkCAYAAADM3nVnAAAA2klEQVR42u3cQQ6DMAwAQf//0/ACTnFw7MxK3KqIBs8BtUo8kj4LWyABIgEibQcSEalX9frpG7Z5/ez9yl6/2/2uPi9AAAEEEEAAAQQQQPYDqR6Q5S/UHEj3/e2+PiCAAAIIIIAAYoABAcQAAwIIIIAAAggggAACCCCAzFn/tB+CT5sPQAABBBBAAAEEEEAAAaT3S3r18wUEEEAAMcCAAAIIIIAAcheQvz8PiAEGBBADDAgggAACyLRDIbodUjDtz4rjDm0ABBBAAAEEEEAAAUS6OkAkQCRApPReQ7OaV9OGUsEAAAAASUVORK5CYII=';

/** The receiptline line that prints the logo, centred. */
export const RECEIPT_LOGO_MARKUP = `{i:${RECEIPT_LOGO_PNG_BASE64}}`;

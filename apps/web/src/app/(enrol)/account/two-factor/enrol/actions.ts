'use server';

import { recoveryCodesResponseSchema, totpSetupResponseSchema } from '@vigil/contracts';
import QRCode from 'qrcode';
import { api } from '@/lib/api/client';
import { failure, text, type FormState } from '@/lib/forms';

export interface TotpSetup {
  secret: string;
  qrDataUrl: string;
}

/**
 * Starts enrolment. The QR code is drawn here from the otpauth URL: the secret is never sent to a
 * third-party QR service.
 */
export async function startTotpSetupAction(): Promise<FormState<TotpSetup>> {
  try {
    const setup = await api('/api/auth/totp/setup', { method: 'POST', schema: totpSetupResponseSchema });
    const qrDataUrl = await QRCode.toDataURL(setup.otpauthUrl, {
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 240,
    });
    return { status: 'success', data: { secret: setup.secret, qrDataUrl } };
  } catch (error) {
    return failure<TotpSetup>(error);
  }
}

export async function verifyTotpAction(
  _state: FormState<string[]>,
  formData: FormData,
): Promise<FormState<string[]>> {
  try {
    const code = text(formData, 'code').replace(/\s+/g, '');
    const result = await api('/api/auth/totp/verify', {
      method: 'POST',
      body: { code },
      schema: recoveryCodesResponseSchema,
    });
    return { status: 'success', data: result.recoveryCodes };
  } catch (error) {
    return failure<string[]>(error);
  }
}

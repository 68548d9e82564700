// The eviction pages' import path; the key is shared by every form kept on the device.
export { localDraftKey } from '@/lib/drafts/draft-key';

'use client';

import { ErrorNotice } from '@/components/error-notice';

/** Keeps the navigation around a failed page, so the user can go elsewhere. */
export default function AppErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorNotice digest={error.digest} reset={reset} />;
}

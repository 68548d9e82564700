import { ForbiddenNotice } from '@/components/forbidden-notice';

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-3 py-16">
      <ForbiddenNotice />
    </main>
  );
}

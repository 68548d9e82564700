import { ForbiddenNotice } from '@/components/forbidden-notice';

export default function Forbidden() {
  return <ForbiddenNotice />;
}

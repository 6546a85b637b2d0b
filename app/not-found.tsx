import { NotFoundMessage } from '@/components/NotFoundMessage';
import { SiteChrome } from '@/components/SiteChrome';

// Addresses that match no route render here, outside the (site) group, so the chrome is added by hand.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}

import { Link } from 'react-router';
import { Page } from '../components/page';

export function NotFoundPage() {
  return (
    <Page title="Not found">
      <p>
        There is nothing at this address, or it belongs to another organisation. <Link to="/">Go to the start page</Link>.
      </p>
    </Page>
  );
}

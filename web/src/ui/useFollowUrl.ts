import { useNavigate } from 'react-router-dom';

/**
 * Follows a URL the server hands out (a payment page, a billing portal): a route of this app
 * (the TEST MODE pages) opens in place, another site (Stripe) replaces the app.
 */
export function useFollowUrl() {
  const navigate = useNavigate();
  return async (href: string) => {
    const url = new URL(href, window.location.href);
    if (url.origin === window.location.origin) await navigate(url.pathname + url.search);
    else window.location.assign(url.href);
  };
}

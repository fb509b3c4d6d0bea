import { useLocation } from 'wouter';
import { NotFound } from '../components/common/NotFound.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  const [pathname] = useLocation();
  return <NotFound title={t.notFound.title} body={t.notFound.body(pathname)} />;
}

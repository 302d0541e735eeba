import { Navigate, useParams } from 'react-router-dom';
import { Loading, useGetOne } from 'react-admin';
import type { Group } from './fields';
import { groupPath } from './paths';

/** /groups/:id/show (a journal row, a link that does not know the kind) → the group's page for its kind. */
export const GroupRedirect = () => {
  const { id } = useParams<{ id: string }>();
  const { data, error } = useGetOne<Group>('groups', { id: id ?? '' }, { enabled: Boolean(id) });
  if (error) return <Navigate to="/" replace />;
  if (!data) return <Loading />;
  return <Navigate to={groupPath(data)} replace />;
};

export default GroupRedirect;

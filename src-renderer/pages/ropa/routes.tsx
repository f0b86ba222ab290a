/** Routes of the Registre des traitements module (GDPR Art. 30, 35), each behind RequireModule. */
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireModule } from '../RequireModule';
import { ProcessingDetailPage } from './ProcessingDetailPage';
import { ProcessingFormPage } from './ProcessingFormPage';
import { RopaPage } from './RopaPage';

const guarded = (element: ReactNode) => <RequireModule id="ropa">{element}</RequireModule>;

export const ropaRoutes: RouteObject[] = [
  { path: '/registre', element: guarded(<RopaPage />) },
  { path: '/registre/nouveau', element: guarded(<ProcessingFormPage />) },
  { path: '/registre/:id', element: guarded(<ProcessingDetailPage />) },
  { path: '/registre/:id/modifier', element: guarded(<ProcessingFormPage />) },
];

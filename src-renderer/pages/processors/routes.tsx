/** Routes of the Sous-traitants module (GDPR Art. 28, 44-49), each behind RequireModule. */
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireModule } from '../RequireModule';
import { ProcessorDetailPage } from './ProcessorDetailPage';
import { ProcessorFormPage } from './ProcessorFormPage';
import { ProcessorsPage } from './ProcessorsPage';

const guarded = (element: ReactNode) => <RequireModule id="processors">{element}</RequireModule>;

export const processorRoutes: RouteObject[] = [
  { path: '/sous-traitants', element: guarded(<ProcessorsPage />) },
  { path: '/sous-traitants/nouveau', element: guarded(<ProcessorFormPage />) },
  { path: '/sous-traitants/:id', element: guarded(<ProcessorDetailPage />) },
  { path: '/sous-traitants/:id/modifier', element: guarded(<ProcessorFormPage />) },
];

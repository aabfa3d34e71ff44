import { useQuery } from '@tanstack/react-query';
import { apiGet, isApiError } from './client';
import type { DatabaseSummary, Deployment } from './types';

export const queryKeys = {
  deployment: ['deployment'] as const,
  databases: ['databases'] as const,
};

export function useDeployment() {
  return useQuery({
    queryKey: queryKeys.deployment,
    queryFn: () => apiGet<Deployment>('/api/v1/deployment'),
    staleTime: Infinity,
  });
}

/** The database list; an endpoint that does not exist yet (404) reads as an empty list. */
export async function fetchDatabases(): Promise<DatabaseSummary[]> {
  try {
    const list = await apiGet<DatabaseSummary[]>('/api/v1/databases');
    return Array.isArray(list) ? list : [];
  } catch (error) {
    if (isApiError(error) && error.status === 404) return [];
    throw error;
  }
}

export function useDatabases() {
  return useQuery({ queryKey: queryKeys.databases, queryFn: fetchDatabases });
}

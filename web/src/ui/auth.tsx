// The signed-in user: loaded once from /auth/me (which also hands out the CSRF token), shared by
// context; pages ask `can(permission)` to show or hide what the user may do.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../src/domain/registry/vocab';
import { api, isApiError, setCsrfToken, setUnauthenticatedHandler } from './api';
import type { Me, Permission } from './types';

export const ME_KEY = ['auth', 'me'] as const;

interface AuthValue {
  me: Me;
  can: (permission: Permission) => boolean;
  /** "Văn thư đơn vị — Trường THCS Lay Nưa; …" */
  rolesText: string;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside <RequireAuth>');
  return v;
}

export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      const me = await api.get<Me>('/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: Infinity,
    retry: false,
  });
}

export const signInPath = (from: string) =>
  from && from !== '/' ? `/dang-nhap?tiep=${encodeURIComponent(from)}` : '/dang-nhap';

/** Sends the user to the sign-in page whenever the server answers 401. */
export function UnauthenticatedRedirect() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname.startsWith('/dang-nhap')) return;
      setCsrfToken(null);
      qc.clear();
      void navigate(signInPath(here), { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate, qc]);
  return null;
}

/** Renders its children only for a signed-in user, with the auth context around them. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const location = useLocation();
  const qc = useQueryClient();
  const navigate = useNavigate();

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/sign-out');
    } finally {
      setCsrfToken(null);
      qc.clear();
      void navigate('/dang-nhap', { replace: true });
    }
  }, [qc, navigate]);

  const value = useMemo<AuthValue | null>(() => {
    if (!me.data) return null;
    const perms = new Set(me.data.permissions);
    return {
      me: me.data,
      can: (p) => perms.has(p),
      rolesText: me.data.grants.map((g) => `${ROLE_LABELS[g.role]} — ${g.orgName}`).join('; '),
      signOut,
    };
  }, [me.data, signOut]);

  if (me.isPending) {
    return (
      <div className="full-page-center">
        <Spin size="large" description="Đang tải…" />
      </div>
    );
  }
  if (me.error) {
    if (isApiError(me.error, 401)) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
    return (
      <div className="full-page-center">
        <Result
          status="error"
          title="Không tải được thông tin người dùng"
          subTitle={me.error.message}
          extra={
            <Button type="primary" onClick={() => me.refetch()}>
              Thử lại
            </Button>
          }
        />
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

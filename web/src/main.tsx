// Entry point: Vietnamese locale for Ant Design and dayjs, TanStack Query, and the routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuditPage } from './features/audit/AuditPage';
import { SignInPage } from './features/auth/SignInPage';
import { BulkPage } from './features/eligibility/BulkPage';
import { CataloguePage } from './features/eligibility/CataloguePage';
import { HomePage } from './features/home/HomePage';
import { HouseholdsPage } from './features/households/HouseholdsPage';
import { ImportPage } from './features/imports/ImportPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { PersonPage } from './features/people/PersonPage';
import { UsersPage } from './features/users/UsersPage';
import { ApiError } from './ui/api';
import { RequireAuth, UnauthenticatedRedirect } from './ui/auth';
import { AppLayout, Guard } from './ui/layout';
import { NotFoundResult } from './ui/page';
import './ui/app.css';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on retry; network hiccups and 5xx get two more tries.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

function App() {
  return (
    <BrowserRouter>
      <UnauthenticatedRedirect />
      <Routes>
        <Route path="/dang-nhap" element={<SignInPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="co-quan" element={<Guard permission="registry.read"><OrganisationsPage /></Guard>} />
          <Route path="ca-nhan" element={<Guard permission="registry.read"><PeoplePage /></Guard>} />
          <Route path="ca-nhan/:id" element={<Guard permission="registry.read"><PersonPage /></Guard>} />
          <Route path="ho-gia-dinh" element={<Guard permission="registry.read"><HouseholdsPage /></Guard>} />
          <Route path="xet-dieu-kien" element={<Guard permission="eligibility.use"><BulkPage /></Guard>} />
          <Route path="danh-muc" element={<Guard permission="eligibility.use"><CataloguePage /></Guard>} />
          <Route path="nhap-du-lieu" element={<Guard permission="import.run"><ImportPage /></Guard>} />
          <Route path="nhap-du-lieu/:jobId" element={<Guard permission="import.run"><ImportPage /></Guard>} />
          <Route path="nhat-ky" element={<Guard permission="audit.read"><AuditPage /></Guard>} />
          <Route path="tai-khoan" element={<Guard permission="users.manage"><UsersPage /></Guard>} />
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#1554ad',
          borderRadius: 6,
          fontFamily: "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);

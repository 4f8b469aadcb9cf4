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
import { AppraisalPage } from './features/rounds/AppraisalPage';
import { ProposalPage } from './features/rounds/ProposalPage';
import { RoundPage } from './features/rounds/RoundPage';
import { RoundsPage } from './features/rounds/RoundsPage';
import { UsersPage } from './features/users/UsersPage';
import { PlanImportPage } from './features/plans/PlanImportPage';
import { PlanPage } from './features/plans/PlanPage';
import { PlansPage } from './features/plans/PlansPage';
import { DecisionPage } from './features/decisions/DecisionPage';
import { InboxPage } from './features/decisions/InboxPage';
import { DecisionRoundsPage, RoundDecisionsPage } from './features/decisions/RoundDecisionsPage';
import { BallotListPage, BallotPage } from './features/councils/BallotPage';
import { CouncilsPage } from './features/councils/CouncilsPage';
import { MeetingPage } from './features/councils/MeetingPage';
import { NoticeDetailPage, NoticesPage } from './features/notices/NoticesPage';
import { PublicNoticePage, PublicTrackPage } from './features/notices/PublicPages';
import { PetitionPage } from './features/petitions/PetitionPage';
import { PetitionsPage } from './features/petitions/PetitionsPage';
import { PublicPetitionFormPage, PublicPetitionTrackPage } from './features/petitions/PublicPetitionPages';
import { ClusterYearPage, ClustersPage } from './features/cluster-scoring/ClusterYearPage';
import { InitiativePage } from './features/initiatives/InitiativePage';
import { InitiativesPage } from './features/initiatives/InitiativesPage';
import { MovementPage } from './features/movements/MovementPage';
import { MovementsPage } from './features/movements/MovementsPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { PeriodReportPage } from './features/reports/PeriodReportPage';
import { RegisterPage } from './features/register/RegisterPage';
import { TdktStaffPage } from './features/tdkt-staff/TdktStaffPage';
import { ArticlePage } from './features/portal/ArticlePage';
import { ArticlesPage } from './features/portal/ArticlesPage';
import { LibraryPage } from './features/portal/LibraryPage';
import { ModelPage } from './features/portal/ModelPage';
import { ModelsPage } from './features/portal/ModelsPage';
import { InspectionsPage } from './features/inspections/InspectionsPage';
import { InspectionPage } from './features/inspections/InspectionPage';
import { TrainingsPage } from './features/trainings/TrainingsPage';
import { TrainingPage } from './features/trainings/TrainingPage';
import { ConferencePage, ConferencesPage } from './features/conferences/ConferencesPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FundPage } from './features/fund/FundPage';
import { RegistrationCallPage } from './features/registrations/RegistrationCallPage';
import { RegistrationsPage } from './features/registrations/RegistrationsPage';
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
        <Route path="/cong-khai/tra-cuu" element={<PublicTrackPage />} />
        <Route path="/cong-khai/don-thu" element={<PublicPetitionFormPage />} />
        <Route path="/cong-khai/don-thu/tra-cuu" element={<PublicPetitionTrackPage />} />
        <Route path="/cong-khai/:slug" element={<PublicNoticePage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route
            path="co-quan"
            element={
              <Guard permission="registry.read">
                <OrganisationsPage />
              </Guard>
            }
          />
          <Route
            path="ca-nhan"
            element={
              <Guard permission="registry.read">
                <PeoplePage />
              </Guard>
            }
          />
          <Route
            path="ca-nhan/:id"
            element={
              <Guard permission="registry.read">
                <PersonPage />
              </Guard>
            }
          />
          <Route
            path="ho-gia-dinh"
            element={
              <Guard permission="registry.read">
                <HouseholdsPage />
              </Guard>
            }
          />
          <Route
            path="xet-dieu-kien"
            element={
              <Guard permission="eligibility.use">
                <BulkPage />
              </Guard>
            }
          />
          <Route
            path="danh-muc"
            element={
              <Guard permission="eligibility.use">
                <CataloguePage />
              </Guard>
            }
          />
          <Route
            path="nhap-du-lieu"
            element={
              <Guard permission="import.run">
                <ImportPage />
              </Guard>
            }
          />
          <Route
            path="nhap-du-lieu/:jobId"
            element={
              <Guard permission="import.run">
                <ImportPage />
              </Guard>
            }
          />
          <Route
            path="nhat-ky"
            element={
              <Guard permission="audit.read">
                <AuditPage />
              </Guard>
            }
          />
          <Route
            path="tai-khoan"
            element={
              <Guard permission="users.manage">
                <UsersPage />
              </Guard>
            }
          />
          <Route
            path="ke-hoach"
            element={
              <Guard permission="registry.read">
                <PlansPage />
              </Guard>
            }
          />
          <Route
            path="ke-hoach/nhap"
            element={
              <Guard permission="plan.unit.manage">
                <PlanImportPage />
              </Guard>
            }
          />
          <Route path="ke-hoach/:id" element={<PlanPage />} />
          <Route
            path="dot-xet"
            element={
              <Guard permission="proposal.submit">
                <RoundsPage />
              </Guard>
            }
          />
          <Route
            path="dot-xet/:id"
            element={
              <Guard permission="proposal.submit">
                <RoundPage />
              </Guard>
            }
          />
          <Route
            path="dot-xet/:id/tham-dinh"
            element={
              <Guard permission="round.manage">
                <AppraisalPage />
              </Guard>
            }
          />
          <Route
            path="ho-so/:id"
            element={
              <Guard permission="proposal.submit">
                <ProposalPage />
              </Guard>
            }
          />
          <Route path="quyet-dinh" element={<DecisionRoundsPage />} />
          <Route path="quyet-dinh/dot/:roundId" element={<RoundDecisionsPage />} />
          <Route path="quyet-dinh/:id" element={<DecisionPage />} />
          <Route
            path="cho-ky"
            element={
              <Guard permission="decision.sign">
                <InboxPage />
              </Guard>
            }
          />
          <Route
            path="hoi-dong"
            element={
              <Guard permission="round.manage">
                <CouncilsPage />
              </Guard>
            }
          />
          <Route path="hoi-dong/phien-hop/:id" element={<MeetingPage />} />
          <Route path="phieu-bau" element={<BallotListPage />} />
          <Route path="phieu-bau/:id" element={<BallotPage />} />
          <Route
            path="don-thu"
            element={
              <Guard permission="petition.manage">
                <PetitionsPage />
              </Guard>
            }
          />
          <Route
            path="don-thu/:id"
            element={
              <Guard permission="petition.manage">
                <PetitionPage />
              </Guard>
            }
          />
          <Route
            path="quan-ly-cong-khai"
            element={
              <Guard permission="round.manage">
                <NoticesPage />
              </Guard>
            }
          />
          <Route
            path="quan-ly-cong-khai/:id"
            element={
              <Guard permission="round.manage">
                <NoticeDetailPage />
              </Guard>
            }
          />
          <Route
            path="cum-thi-dua"
            element={
              <Guard permission="registry.read">
                <ClustersPage />
              </Guard>
            }
          />
          <Route
            path="cum-thi-dua/:id/:year"
            element={
              <Guard permission="registry.read">
                <ClusterYearPage />
              </Guard>
            }
          />
          <Route
            path="sang-kien"
            element={
              <Guard permission="registry.read">
                <InitiativesPage />
              </Guard>
            }
          />
          <Route path="sang-kien/:id" element={<InitiativePage />} />
          <Route
            path="phong-trao"
            element={
              <Guard permission="registry.read">
                <MovementsPage />
              </Guard>
            }
          />
          <Route
            path="phong-trao/:id"
            element={
              <Guard permission="registry.read">
                <MovementPage />
              </Guard>
            }
          />
          <Route
            path="dang-ky-thi-dua"
            element={
              <Guard permission="registry.read">
                <RegistrationsPage />
              </Guard>
            }
          />
          <Route
            path="dang-ky-thi-dua/:id"
            element={
              <Guard permission="registry.read">
                <RegistrationCallPage />
              </Guard>
            }
          />
          <Route
            path="bao-cao"
            element={
              <Guard permission="registry.read">
                <ReportsPage />
              </Guard>
            }
          />
          <Route
            path="bao-cao/tong-ket"
            element={
              <Guard permission="registry.read">
                <PeriodReportPage />
              </Guard>
            }
          />
          <Route
            path="so-khen-thuong"
            element={
              <Guard permission="registry.read">
                <RegisterPage />
              </Guard>
            }
          />
          <Route
            path="can-bo-tdkt"
            element={
              <Guard permission="registry.read">
                <TdktStaffPage />
              </Guard>
            }
          />
          <Route
            path="guong-dien-hinh"
            element={
              <Guard permission="registry.read">
                <ModelsPage />
              </Guard>
            }
          />
          <Route
            path="guong-dien-hinh/:id"
            element={
              <Guard permission="registry.read">
                <ModelPage />
              </Guard>
            }
          />
          <Route
            path="tin-bai"
            element={
              <Guard permission="registry.read">
                <ArticlesPage />
              </Guard>
            }
          />
          <Route
            path="tin-bai/:id"
            element={
              <Guard permission="registry.read">
                <ArticlePage />
              </Guard>
            }
          />
          <Route
            path="thu-vien-van-ban"
            element={
              <Guard permission="registry.read">
                <LibraryPage />
              </Guard>
            }
          />
          <Route
            path="kiem-tra"
            element={
              <Guard permission="registry.read">
                <InspectionsPage />
              </Guard>
            }
          />
          <Route
            path="kiem-tra/:id"
            element={
              <Guard permission="registry.read">
                <InspectionPage />
              </Guard>
            }
          />
          <Route
            path="tap-huan"
            element={
              <Guard permission="registry.read">
                <TrainingsPage />
              </Guard>
            }
          />
          <Route
            path="tap-huan/:id"
            element={
              <Guard permission="registry.read">
                <TrainingPage />
              </Guard>
            }
          />
          <Route
            path="hoi-nghi"
            element={
              <Guard permission="registry.read">
                <ConferencesPage />
              </Guard>
            }
          />
          <Route
            path="hoi-nghi/:id"
            element={
              <Guard permission="registry.read">
                <ConferencePage />
              </Guard>
            }
          />
          <Route
            path="tong-quan"
            element={
              <Guard permission="registry.read">
                <DashboardPage />
              </Guard>
            }
          />
          <Route
            path="quy-thi-dua"
            element={
              <Guard permission="fund.read">
                <FundPage />
              </Guard>
            }
          />
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

// Someone who asked their system for less motion (WCAG 2.3.3) gets no zooming dialogs or sliding
// menus: Ant Design's animations are off for them.
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#1554ad',
          borderRadius: 6,
          fontFamily: "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
          motion: !reducedMotion,
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

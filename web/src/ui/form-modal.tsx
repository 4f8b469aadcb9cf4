// One shape for the app's modal forms: the form resets (and takes its starting values) each time
// the modal opens, a submit clears the last problem and runs the mutation, the API's field errors
// go next to their fields and the rest in an alert above the form, and OK shows a spinner while the
// request runs. A feature writes only its fields, its request and what happens after success.
import { useMutation } from '@tanstack/react-query';
import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { applyApiError, FormProblemAlert, type FormProblem, useFormProblem } from './forms';
import { useOnChange } from './hooks';

export interface FormModalOptions<V, R> {
  /** Whether the modal is open: the form resets each time it opens. */
  open: boolean;
  /** The thing the form is about: the form also resets when it changes while open. */
  subject?: unknown;
  /** The request the form sends. */
  submit: (values: V) => Promise<R>;
  /** After the server has accepted it (invalidate queries, say so, close, navigate). */
  onSuccess?: (result: R, values: V) => void | Promise<void>;
  /** Starting values (any part of them), read each time the modal opens. */
  initialValues?: () => Parameters<FormInstance<V>['setFieldsValue']>[0] | undefined;
  /** Server field names that the form calls otherwise (see applyApiError). */
  fieldMap?: Record<string, string>;
}

export interface FormModalState<V, R> {
  form: FormInstance<V>;
  problem: FormProblem | null;
  pending: boolean;
  /** Sends the values (the form's onFinish). */
  send: (values: V) => void;
  /** The mutation's last result (since the modal last opened), when a modal shows it after success. */
  result: R | undefined;
  /** Hides the problem alert (e.g. as soon as the user edits a field). */
  clear: () => void;
}

export function useFormModal<V, R = unknown>(opts: FormModalOptions<V, R>): FormModalState<V, R> {
  const [form] = Form.useForm<V>();
  const { problem, setProblem, clear } = useFormProblem();
  const mutation = useMutation({
    mutationFn: opts.submit,
    onSuccess: (r, v) => opts.onSuccess?.(r, v),
    onError: (e) => setProblem(applyApiError(form, e, opts.fieldMap)),
  });
  useOnChange([opts.open, opts.subject], () => {
    if (!opts.open) return;
    clear();
    mutation.reset();
    form.resetFields();
    const initial = opts.initialValues?.();
    if (initial) form.setFieldsValue(initial);
  });
  return {
    form,
    problem,
    pending: mutation.isPending,
    result: mutation.data,
    clear,
    send: (values) => {
      clear();
      mutation.mutate(values);
    },
  };
}

export interface FormModalProps<V, R> {
  state: FormModalState<V, R>;
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  okText: string;
  /** The cancel button's text when "Hủy" would read as the action itself (e.g. beside "Hủy bỏ …"). */
  cancelText?: string;
  /** Marks OK as dangerous (red) for irreversible actions. */
  okDanger?: boolean;
  /** The form's name: Ant Design prefixes field ids with it. */
  name: string;
  width?: number;
  /** The modal's style (e.g. `{ top: 32 }` for a tall form). */
  style?: CSSProperties;
  /** More props for the form (onValuesChange, layout …). */
  formProps?: Omit<FormProps<V>, 'form' | 'name' | 'onFinish'>;
  /** Shown above the alert and the fields. */
  intro?: ReactNode;
  /** Shown instead of the form once it has done its work (e.g. a link to what it made); the modal then offers only Cancel. */
  done?: ReactNode;
  children: ReactNode;
}

export function FormModal<V, R>({
  state,
  open,
  onClose,
  title,
  okText,
  cancelText = 'Hủy',
  okDanger,
  name,
  width,
  style,
  formProps,
  intro,
  done,
  children,
}: FormModalProps<V, R>) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={okDanger ? { danger: true } : undefined}
      onOk={() => state.form.submit()}
      onCancel={onClose}
      confirmLoading={state.pending}
      width={width}
      style={style}
      destroyOnHidden
      footer={done ? (_, { CancelBtn }) => <CancelBtn /> : undefined}
    >
      {done ?? (
        <>
          {intro}
          <FormProblemAlert problem={state.problem} />
          <Form<V> form={state.form} name={name} layout="vertical" {...formProps} onFinish={state.send}>
            {children}
          </Form>
        </>
      )}
    </Modal>
  );
}

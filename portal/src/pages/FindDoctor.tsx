import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Doctor } from '../api/client';
import { Notice } from './Notice';
import { useFailure, usePortal } from './context';

/** The doctor directory, filtered by specialty. The search stays in the page, not the URL. */
export function FindDoctor() {
  const { api } = usePortal();
  const failure = useFailure();
  const [specialty, setSpecialty] = useState('');
  const [doctors, setDoctors] = useState<Doctor[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async (text: string) => {
    setError(null);
    const query = new URLSearchParams({ size: '100' });
    if (text.trim()) query.set('specialty', text.trim());
    try {
      setDoctors(await api.get<Doctor[]>(`/api/doctors?${query}`));
    } catch (e) {
      setError(failure(e, 'doctors'));
    }
  };

  useEffect(() => void search(''), []);

  return (
    <section aria-labelledby="find-title">
      <h2 id="find-title">Find a doctor</h2>
      <form
        class="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search(specialty);
        }}
      >
        <label for="specialty">Specialty</label>
        <input
          id="specialty"
          name="specialty"
          placeholder="e.g. General Practice"
          maxLength={100}
          value={specialty}
          onInput={(event) => setSpecialty(event.currentTarget.value)}
        />
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <Notice error={error} />
      {doctors && doctors.length === 0 && <p>No doctor found for that specialty.</p>}
      {doctors && doctors.length > 0 && (
        <ul class="doctors">
          {doctors.map((doctor) => (
            <li key={doctor.id}>
              <span>
                <strong>{doctorName(doctor)}</strong>
                <span class="muted"> · {doctor.specialty}</span>
              </span>
              <a class="button" href={`#/doctors/${encodeURIComponent(doctor.id)}`}>
                See free times<span class="visually-hidden"> with {doctorName(doctor)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The archive's path inside dist/, its address on the site and the folder a reader gets when unpacking it. */
export const archiveFile = 'downloads/backend-2026.zip';
export const archivePosixPath = `/${archiveFile}`;
export const archiveFolder = 'backend-2026';

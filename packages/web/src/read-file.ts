/** Reads a file as UTF-8 text in chunks, reporting the bytes read so far. */
export const readFileText = async (file: File, onProgress: (done: number, total: number) => void): Promise<string> => {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let reported = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    // About a hundred updates for a large file, not one per 64 KiB chunk.
    if (done - reported >= Math.max(file.size / 100, 256 * 1024)) {
      reported = done;
      onProgress(done, file.size);
    }
  }
  parts.push(decoder.decode());
  onProgress(file.size, file.size);
  return parts.join("");
};

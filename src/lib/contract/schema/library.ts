// The `library:` block: the library's name, ABI version and the Go package that wraps it.
import { z } from 'zod';
import { ABI_VERSION_PATTERN, goModulePathProblem, libraryNameProblem } from '../names.ts';
import { checkedName } from './names.ts';
import { doc } from './vocabulary.ts';

const libraryName = checkedName('library name', libraryNameProblem)
  .meta({
    title: 'Library name',
    description: 'The crate and archive name: lower-case kebab-case or snake_case, at most 64 characters, not a Windows device name.',
    examples: ['imgproc', 'storage-engine'],
  });

const abiVersion = z
  .string()
  .regex(ABI_VERSION_PATTERN, 'the ABI version is "MAJOR.MINOR", quoted, like "3.1"')
  .meta({
    title: 'ABI version',
    description: 'MAJOR.MINOR as a quoted string. Go checks at start-up that the loaded library has the same MAJOR and at least this MINOR.',
    examples: ['3.1'],
  });

const goPackage = checkedName('go_package', goModulePathProblem)
  .meta({
    title: 'Go package',
    description: 'The import path of the Go wrapper package, following Go module path rules (domain first, no .., no Windows device names).',
    examples: ['example.com/imgproc'],
  });

export const library = z
  .strictObject({
    name: libraryName,
    abi: abiVersion,
    go_package: goPackage,
    doc: doc.optional(),
  })
  .meta({ title: 'Library', description: 'Which library this contract describes.' });

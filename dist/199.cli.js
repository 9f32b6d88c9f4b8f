export const id=199;export const ids=[199];export const modules={
27199:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command});var external_node_fs_=__webpack_require__(73024)
;var core_checkpoint=__webpack_require__(17745);var errors=__webpack_require__(74296)
;var verify_bundle=__webpack_require__(43458);var shard_verify=__webpack_require__(13351)
;var cli_arguments=__webpack_require__(11506);const attestationOptions={attestation:{type:"string"},"trusted-root":{
type:"string"},repo:{type:"string"},"signer-workflow":{type:"string"},"source-ref":{type:"string"},"cert-oidc-issuer":{
type:"string"}}
;const attestationUsage=`\nWith --attestation <bundle>.sigstore.json --trusted-root trusted_root.json --repo owner/name\n[--signer-workflow owner/name/.github/workflows/file.yml] [--source-ref refs/heads/main]\n[--cert-oidc-issuer URL (default https://token.actions.githubusercontent.com)], also checks,\noffline, the bundle's Sigstore attestation: signature and signed time against the trusted root, the\ncertificate's repository, workflow and ref, the subject digest, and that the predicate agrees with the\nbundle's own evidence (status, gates and approvers, checkpoint, ...).`
;function wantsAttestation(values){return Object.keys(attestationOptions).some(key=>values[key]!==undefined)}
async function verifyAttestationCli(target,values,io,isBundle){
const str=key=>typeof values[key]==="string"?values[key]:undefined;const attestation=str("attestation")
;const trustedRoot=str("trusted-root");const repo=str("repo")
;if(!isBundle)throw new errors.dz("--attestation applies to a bundle file (.tar.gz), not a run folder")
;if(!attestation||!trustedRoot||!repo)throw new errors.dz(`--attestation, --trusted-root and --repo go together: give the Sigstore bundle, a trusted root (gh attestation trusted-root > trusted_root.json) and the repository that must have signed (owner/name)`)
;if(!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))throw new errors.dz(`--repo must be owner/name, got ${JSON.stringify(repo)}`)
;const{verifyAttestation:verifyAttestation}=await Promise.all([__webpack_require__.e(168),__webpack_require__.e(59)]).then(__webpack_require__.bind(__webpack_require__,45059))
;const verdict=await verifyAttestation(target,{attestation:attestation,trustedRoot:trustedRoot,repo:repo,
signerWorkflow:str("signer-workflow"),sourceRef:str("source-ref"),certOidcIssuer:str("cert-oidc-issuer")})
;for(const note of verdict.notes)io.err(`note: ${note}`);if(!verdict.ok){
io.err(`attestation FAILED: ${verdict.message??"unknown mismatch"}`);return 1}const p=verdict.predicate
;io.out(`attestation verified: ${repo} signed ${p.run_id} (${p.status}, checkpoint ${p.checkpoint.text}) through ${verdict.instance==="public-good"?"Sigstore public-good (Rekor entry)":"GitHub's Sigstore instance (RFC 3161 timestamp)"}; signer ${verdict.identity?.buildSignerUri??"unknown"}`)
;return 0}
const usage=`usage: awo verify <run folder | bundle.tar.gz> [--sha256 sha256:<hex>] [--checkpoint <size>:sha256:<hex>]\n\nRecomputes the lock, the audit hash chain, every receipt, output, artifact, step log and gate file against\nit, the files a stop renders from it, the checkpoint, the workflow receipt and SHA256SUMS.txt.\n  verified     exit 0: the run is sealed at a stop and every file matches\n  incomplete   exit 1: nothing contradicts the chain, but the run is not sealed (interrupted, or its seal\n               removed): says what could and could not be established and the last durable point\n  FAILED       exit 1: names the first file or line that does not match\n--sha256      the bundle's digest as recorded elsewhere (the action's bundle-sha256 output)\n--checkpoint  a checkpoint recorded elsewhere (the action's checkpoint output, an attestation): the audit\n              trail must extend it, so a truncated or recomputed trail fails\n${attestationUsage}`
;const command={name:"verify",summary:"verify a run folder or an evidence bundle",usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,{sha256:{type:"string"},checkpoint:{type:"string"
},...attestationOptions},usage);if(values.help)return io.out(usage),0;const target=(0,
cli_arguments.P)(positionals,"run folder or bundle",usage);const checkpoint=values.checkpoint===undefined?undefined:(0,
core_checkpoint.S7)(values.checkpoint,"--checkpoint");let report
;const isBundle=external_node_fs_.existsSync(target)&&external_node_fs_.statSync(target).isFile();if(isBundle){
if(!/\.(tar\.gz|tgz)$/.test(target))throw new errors.dz(`${target} is a file but not a bundle (.tar.gz): give a run folder or an evidence bundle\n${usage}`)
;report=await(0,verify_bundle.I)(target,{expectedSha256:values.sha256,verifyFolder:run=>(0,shard_verify.Bw)(run,{
checkpoint:checkpoint})})}else{
if(values.sha256)throw new errors.dz("--sha256 applies to a bundle file, not a run folder");report=await(0,
shard_verify.Bw)(target,{checkpoint:checkpoint})}for(const note of report.notes??[])io.err(`note: ${note}`)
;if(!report.ok){io.err(`verification FAILED: ${report.message??"unknown mismatch"}`);return 1}
const status=report.status?` (${report.status})`:"";if(report.verdict==="incomplete"||report.sealed===false){
io.out(`incomplete: ${target}${status} is not sealed; last durable point: ${report.lastDurable??"none"}`)
;for(const open of report.unestablished??[])io.out(`  cannot be established: ${open}`);return 1}
const head=report.checkpoint?` checkpoint ${(0,core_checkpoint.wP)(report.checkpoint)}`:""
;const run=isBundle&&report.runId?` run ${report.runId}`:""
;io.out(`verified: ${target}${status}${report.workflowHash?` workflow_hash ${report.workflowHash}`:""}${head}${run}`)
;if(wantsAttestation(values))return verifyAttestationCli(target,values,io,/\.(tar\.gz|tgz)$/.test(target));return 0}}}};
